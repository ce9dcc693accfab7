import 'dayjs/locale/en';
import type { LanguagePack } from '../pack';
import messages from '../resources/en-US';

const pack: LanguagePack = { messages, dayjsLocale: 'en' };
export default pack;
