import { langTagOf } from '../i18n/languages';
import { useLoadedMessages, useTranslator } from '../i18n/use-t';

/**
 * The line shown while the dataset loads, in the language the link asks for; empty for the
 * moment that language's messages take to arrive, rather than English first.
 */
export function LoadingLine({ lang }: { lang: string }) {
  const ready = useLoadedMessages(lang) !== undefined;
  const t = useTranslator(lang);
  return (
    <p className="loading" lang={langTagOf(lang)}>
      {ready ? t('loading') : ''}
    </p>
  );
}
