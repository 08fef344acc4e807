import { useParley } from '../store/StoreContext';
import { LANGS, LANGUAGE_NAMES, langTagOf } from '../i18n/languages';
import { loadMessages } from '../i18n/load-messages';
import { useT } from '../i18n/use-t';

/**
 * The interface language, each option in its own language; choosing one loads its messages, then
 * switches (so no English flashes in between) and is written to the link.
 */
export function LanguagePicker() {
  const t = useT();
  const lang = useParley((s) => s.lang);
  const setLang = useParley((s) => s.setLang);
  return (
    <label className="language-picker">
      {/* The label names "Language" in English too, so a reader lost in a script finds it. */}
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        value={lang}
        onChange={(e) => {
          const code = e.target.value;
          void loadMessages(code).then(() => setLang(code));
        }}
      >
        {LANGS.map((code) => (
          <option key={code} value={code} lang={langTagOf(code)}>
            {LANGUAGE_NAMES[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
