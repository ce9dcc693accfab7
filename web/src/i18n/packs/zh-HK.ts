import 'dayjs/locale/zh-hk';
import type { LanguagePack } from '../pack';
import messages from '../resources/first/zh-HK';

const pack: LanguagePack = { messages, dayjsLocale: 'zh-hk' };
export default pack;
