/**
 * A message is a string with `{name}` placeholders, or a set of plural forms chosen by
 * `Intl.PluralRules` for the interface language (Russian and Ukrainian use one/few/many/other,
 * English and French one/other, Chinese other only).
 */

export interface PluralMessage {
  /** The placeholder whose number chooses the form; `count` unless said. */
  readonly by?: string;
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

export type MessageVars = Readonly<Record<string, string | number>>;

/** The form of `message` for the number in `vars[message.by ?? 'count']`; `other` if it has none. */
export function pickForm(
  message: Message,
  vars: MessageVars | undefined,
  rules: Intl.PluralRules,
): string {
  if (typeof message === 'string') return message;
  const n = vars?.[message.by ?? 'count'];
  if (typeof n !== 'number') return message.other;
  return message[rules.select(n)] ?? message.other;
}

/** Every text of a message: the string, or each plural form. */
export function formsOf(message: Message): string[] {
  if (typeof message === 'string') return [message];
  const { by: _by, ...forms } = message;
  return Object.values(forms);
}

/** Fills `{name}` placeholders; numbers are written in the language's own way. */
export function fill(template: string, vars: MessageVars, numbers: Intl.NumberFormat): string {
  return template.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? numbers.format(v) : v;
  });
}
