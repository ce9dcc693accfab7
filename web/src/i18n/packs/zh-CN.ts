import 'dayjs/locale/zh-cn';
import type { LanguagePack } from '../pack';
import messages from '../resources/first/zh-CN';

const pack: LanguagePack = { messages, dayjsLocale: 'zh-cn' };
export default pack;
