import { type ComponentType, lazy, type ReactNode } from 'react';
import { type LanguagePart, loadLanguagePart } from '../i18n';
import { antdLocalePart } from '../i18n/antdLocale';
import { otherTextsPart } from '../i18n/otherTexts';

type PageModule = Promise<{ default: ComponentType }>;
type Provider = ComponentType<{ children: ReactNode }>;

const antdProvider = () => import('./AntdProvider').then((m): Provider => m.AntdProvider);
const phoneProvider = () =>
  import('../features/resident/PhoneAntdProvider').then((m): Provider => m.PhoneAntdProvider);

/**
 * A lazy page inside its antd provider. The page, the provider (and with it antd), antd's locale and the texts
 * beyond the first pack load in parallel, not one after the other; the HTML entry holds none of them, since the
 * resident's home is built without antd and with the first pack's texts only.
 */
function wrapped(load: () => PageModule, provider: () => Promise<Provider>, parts: LanguagePart[]) {
  return lazy(async () => {
    const [{ default: Page }, Provider] = await Promise.all([
      load(),
      provider(),
      ...parts.map(loadLanguagePart),
    ]);
    const AntdPage = () => (
      <Provider>
        <Page />
      </Provider>
    );
    return { default: AntdPage };
  });
}

/** The top page of an antd area (console layout, big screen, print view, not found). */
export const antdPage = (load: () => PageModule) =>
  wrapped(load, antdProvider, [antdLocalePart, otherTextsPart]);

/** The login page: antd, but only the first pack's texts (signing in and errors), so a phone signs in light. */
export const loginPage = (load: () => PageModule) => wrapped(load, antdProvider, [antdLocalePart]);

/** A phone page built with antd: in elder mode's theme, under the phone layout. */
export const phonePage = (load: () => PageModule) =>
  wrapped(load, phoneProvider, [antdLocalePart, otherTextsPart]);
