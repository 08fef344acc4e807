import { useParley } from '../store/StoreContext';
import { LANGUAGE_NAMES, LANGUAGES } from '../i18n/translate';

/** Both languages' word for it, so a reader who cannot read the current one still finds it. */
const PICKER_LABEL = 'Language / Langue';

/** The interface language, each option in its own language; choosing one is written to the link. */
export function LanguagePicker() {
  const lang = useParley((s) => s.lang);
  const setLang = useParley((s) => s.setLang);
  return (
    <label className="language-picker">
      <span className="visually-hidden">{PICKER_LABEL}</span>
      <select value={lang} onChange={(e) => setLang(e.target.value)}>
        {Object.keys(LANGUAGES).map((code) => (
          <option key={code} value={code} lang={code}>
            {LANGUAGE_NAMES[code] ?? code}
          </option>
        ))}
      </select>
    </label>
  );
}
