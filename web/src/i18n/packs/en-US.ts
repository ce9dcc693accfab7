import 'dayjs/locale/en';
import type { LanguagePack } from '../pack';
import messages from '../resources/first/en-US';

const pack: LanguagePack = { messages, dayjsLocale: 'en' };
export default pack;
