import antdLocale from 'antd/es/locale/zh_HK';
import 'dayjs/locale/zh-hk';
import type { LanguagePack } from '../pack';
import messages from '../resources/zh-HK';

const pack: LanguagePack = { messages, antdLocale, dayjsLocale: 'zh-hk' };
export default pack;
