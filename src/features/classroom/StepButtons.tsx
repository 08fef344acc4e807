import { useT } from '../../i18n/use-t';

/**
 * Previous and Next. At either end the button stays focusable but does nothing (aria-disabled
 * rather than disabled), so the focus is not lost when the last click reaches the end.
 */
export function StepButtons({
  atStart,
  atEnd,
  onStep,
}: {
  atStart: boolean;
  atEnd: boolean;
  onStep: (delta: 1 | -1) => void;
}) {
  const t = useT();
  return (
    <span className="step-buttons">
      <button
        type="button"
        aria-disabled={atStart}
        onClick={() => {
          if (!atStart) onStep(-1);
        }}
      >
        <span aria-hidden="true">← </span>
        {t('present.previous')}
      </button>
      <button
        type="button"
        aria-disabled={atEnd}
        onClick={() => {
          if (!atEnd) onStep(1);
        }}
      >
        {t('present.next')}
        <span aria-hidden="true"> →</span>
      </button>
    </span>
  );
}
