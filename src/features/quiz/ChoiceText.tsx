/**
 * A choice's label, with the part that stayed English (an untranslated point title or name)
 * marked `lang="en"`, so a screen reader reads it in an English voice.
 */
export function ChoiceText({ label, english }: { label: string; english: string | undefined }) {
  const at = english ? label.indexOf(english) : -1;
  if (!english || at < 0) return <>{label}</>;
  return (
    <>
      {label.slice(0, at)}
      <span lang="en">{english}</span>
      {label.slice(at + english.length)}
    </>
  );
}
