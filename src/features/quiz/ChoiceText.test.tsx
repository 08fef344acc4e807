import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ChoiceText } from './ChoiceText';

describe('ChoiceText', () => {
  it('marks the English part of a translated label', () => {
    const { container } = render(
      <ChoiceText label="第5点：Logistics and transport" english="Logistics and transport" />,
    );
    expect(container).toHaveTextContent('第5点：Logistics and transport');
    expect(container.querySelector('span[lang="en"]')).toHaveTextContent(
      /^Logistics and transport$/,
    );
  });

  it('leaves a label with nothing English as it is', () => {
    const { container } = render(<ChoiceText label="Байден" english={undefined} />);
    expect(container.innerHTML).toBe('Байден');
  });
});
