import { type ComponentType, lazy, type ReactNode } from 'react';
import { loadLanguagePart } from '../i18n';
import { antdLocalePart } from '../i18n/antdLocale';

type PageModule = Promise<{ default: ComponentType }>;
type Provider = ComponentType<{ children: ReactNode }>;

const antdProvider = () => import('./AntdProvider').then((m): Provider => m.AntdProvider);
const phoneProvider = () =>
  import('../features/resident/PhoneAntdProvider').then((m): Provider => m.PhoneAntdProvider);

/**
 * A lazy page inside its antd provider. The page, the provider (and with it antd) and antd's locale load in
 * parallel, not one after the other, and the HTML entry holds no antd: the resident's home is built without it.
 */
function wrapped(load: () => PageModule, provider: () => Promise<Provider>) {
  return lazy(async () => {
    const [{ default: Page }, Provider] = await Promise.all([
      load(),
      provider(),
      loadLanguagePart(antdLocalePart),
    ]);
    const AntdPage = () => (
      <Provider>
        <Page />
      </Provider>
    );
    return { default: AntdPage };
  });
}

/** The top page of an antd area (login, console layout, big screen, print view, not found). */
export const antdPage = (load: () => PageModule) => wrapped(load, antdProvider);

/** A phone page built with antd: in elder mode's theme, under the phone layout. */
export const phonePage = (load: () => PageModule) => wrapped(load, phoneProvider);
