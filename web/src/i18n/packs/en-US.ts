import antdLocale from 'antd/es/locale/en_US';
import 'dayjs/locale/en';
import type { LanguagePack } from '../pack';
import messages from '../resources/en-US';

const pack: LanguagePack = { messages, antdLocale, dayjsLocale: 'en' };
export default pack;
