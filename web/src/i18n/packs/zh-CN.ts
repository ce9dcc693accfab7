import antdLocale from 'antd/es/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import type { LanguagePack } from '../pack';
import messages from '../resources/zh-CN';

const pack: LanguagePack = { messages, antdLocale, dayjsLocale: 'zh-cn' };
export default pack;
