import {
  checkCardNumber,
  checkExpiry,
  checkSecurityCode,
  editCardNumber,
  editExpiry,
  editSecurityCode,
  type CardBrand,
  type CardValidationCode,
  type FieldCheck,
  type TextEdit,
} from '../../card/index.js';
import type { FieldError, FieldKind } from '../shared/field-kind.js';
import type { FieldMessages } from './texts/index.js';

/** Everything the page may know about a field. Never the value. */
export interface FieldState {
  elementType: FieldKind;
  empty: boolean;
  complete: boolean;
  brand: CardBrand;
  error?: FieldError;
  focused: boolean;
  autofilled: boolean;
}

/** What a field needs from the group it belongs to. */
export interface FieldContext {
  now(): Date;
  messages(): FieldMessages;
  /** The brand typed in the same group's number field; the security code's length depends on it. */
  brand(): CardBrand;
  /** DigitalRiver.js `mask`: a complete value the shopper has left shows masked. */
  mask(): boolean;
  changed(field: CardField): void;
}

/**
 * Owns one `<input>` holding raw card data: formats each edit, checks it, and publishes only {@link FieldState}.
 * The value itself is reachable only through {@link readRaw}, inside the field frame.
 */
export class CardField {
  private input?: HTMLInputElement;
  private before: TextEdit = { value: '', caret: 0 };
  private focused = false;
  private autofilled = false;
  /** Incomplete input is shown as an error after the shopper leaves the field, or when a submit asks for it. */
  private touched = false;
  private forced = false;
  private check: FieldCheck & { brand?: CardBrand } = { empty: true, complete: false };
  /** The value while the input shows it masked. */
  private masked?: string;

  constructor(
    readonly kind: FieldKind,
    private readonly context: FieldContext,
  ) {}

  get state(): FieldState {
    const code = this.check.error;
    const visible = code && (code.startsWith('invalid') || this.forced || (this.touched && !this.focused));
    return {
      elementType: this.kind,
      empty: this.check.empty,
      complete: this.check.complete,
      brand: this.kind === 'cardnumber' ? (this.check.brand ?? 'unknown') : this.context.brand(),
      error: visible ? { type: 'validation_error', code, message: this.context.messages().errors[code] } : undefined,
      focused: this.focused,
      autofilled: this.autofilled,
    };
  }

  attach(input: HTMLInputElement): void {
    this.detach();
    this.input = input;
    input.addEventListener('beforeinput', this.handleBeforeInput);
    input.addEventListener('input', this.handleInput);
    input.addEventListener('focus', this.handleFocus);
    input.addEventListener('blur', this.handleBlur);
    // Keep text typed before attaching (re-mounts keep their value).
    if (input.value) this.applyEdit({ value: '', caret: 0 }, { value: input.value, caret: input.value.length }, '');
  }

  detach(): void {
    const input = this.input;
    if (!input) return;
    input.removeEventListener('beforeinput', this.handleBeforeInput);
    input.removeEventListener('input', this.handleInput);
    input.removeEventListener('focus', this.handleFocus);
    input.removeEventListener('blur', this.handleBlur);
    this.input = undefined;
  }

  clear(): void {
    this.masked = undefined;
    if (this.input) this.input.value = '';
    this.before = { value: '', caret: 0 };
    this.touched = this.forced = this.autofilled = false;
    this.recheck();
  }

  /** Puts back the value the field had before its element was unmounted, unless the shopper typed since. */
  restore(raw: string): void {
    if (!this.input || this.input.value || !raw) return;
    this.applyEdit({ value: '', caret: 0 }, { value: raw, caret: raw.length }, 'insertFromPaste');
  }

  /** Re-run the check, e.g. after the number's brand changed the allowed security-code length. */
  recheck(): void {
    this.check = this.checkValue(this.readRaw());
    this.showMask();
    this.context.changed(this);
  }

  /** Ask the field to show any error now, incomplete ones included; returns the error, if any. */
  validateForSubmit(): FieldError | undefined {
    this.forced = true;
    this.check = this.checkValue(this.readRaw());
    if (this.check.empty) this.check.error = emptyCode[this.kind];
    this.context.changed(this);
    return this.state.error;
  }

  /** The raw text, for the controller frame. */
  readRaw(): string {
    return this.masked ?? this.input?.value ?? '';
  }

  /**
   * Masks a complete number (all but its last four digits) or security code (all of it) the shopper has left, when
   * the page asks for it; the shopper's value comes back as soon as the field has the focus again.
   */
  private showMask(): void {
    const input = this.input;
    if (!input) return;
    const mask = this.context.mask() && !this.focused && this.check.complete && this.kind !== 'cardexpiration';
    if (mask && this.masked === undefined) {
      this.masked = input.value;
      const hidden = this.kind === 'cardnumber' ? input.value.length - 4 : input.value.length;
      input.value = input.value.replace(/\d/g, (digit, at: number) => (at < hidden ? '•' : digit));
    } else if (!mask && this.masked !== undefined) {
      input.value = this.masked;
      this.masked = undefined;
    }
  }

  /** The expiry parsed for tokenizing; only meaningful when complete. */
  readExpiry(): { month?: number; year?: number } {
    return checkExpiry(this.readRaw(), this.context.now());
  }

  private checkValue(value: string): FieldCheck & { brand?: CardBrand } {
    // Once the shopper has left the field (or a submit asks), text that could still grow is judged as it stands.
    const final = this.forced || (this.touched && !this.focused);
    switch (this.kind) {
      case 'cardnumber':
        return checkCardNumber(value, final);
      case 'cardexpiration':
        return checkExpiry(value, this.context.now(), final);
      case 'cardcvv':
        return checkSecurityCode(value, this.context.brand());
    }
  }

  /** Formats an edit the browser made (`after` is in the field now) and shows the result. */
  private applyEdit(before: TextEdit, after: TextEdit, inputType: string): void {
    this.show(this.edit(before, after, inputType), after.caret);
  }

  /** Shows formatted text; `caretNow` is where the caret is in the field's current text (undefined: a selection). */
  private show(result: TextEdit, caretNow: number | undefined): void {
    const input = this.input;
    if (!input) return;
    const replaced = input.value !== result.value;
    if (replaced) input.value = result.value;
    // Setting the value puts the caret at its end. Moving it (or reading where it is) lays the frame out again, so only
    // a caret that must move is moved: once per keystroke would cost the most.
    const caret = replaced ? result.value.length : caretNow;
    if (this.focused && caret !== result.caret) input.setSelectionRange(result.caret, result.caret);
    this.before = result;
    this.forced = false;
    this.recheck();
  }

  private edit(before: TextEdit, after: TextEdit, inputType: string): TextEdit {
    switch (this.kind) {
      case 'cardnumber':
        return editCardNumber(before, after, inputType);
      case 'cardexpiration':
        return editExpiry(before, after, inputType);
      case 'cardcvv':
        return editSecurityCode(before, after, inputType, this.context.brand());
    }
  }

  /**
   * A typed character, Backspace or Delete is applied here, formatted, in place of the browser's edit: the text changes
   * once (the browser's edit and then the formatted text would change it twice, and the browser's editing alone costs
   * more than setting the text; `npm run bench:keys`). Other edits (paste, autofill, composition, word deletion, undo)
   * are the browser's; `input` formats what they leave.
   */
  private readonly handleBeforeInput = (event: InputEvent): void => {
    const input = this.input;
    if (!input) return;
    const value = input.value;
    const start = input.selectionStart ?? value.length;
    const end = input.selectionEnd ?? start;
    this.before = { value, caret: start };
    const after = event.cancelable ? keystrokeEdit(event, value, start, end) : undefined;
    if (!after) return;
    event.preventDefault();
    this.autofilled = false;
    this.show(this.edit(this.before, after, event.inputType), start === end ? start : undefined);
  };

  private readonly handleInput = (event: Event): void => {
    const input = this.input;
    if (!input) return;
    this.masked = undefined; // an edit while masked (autofill) brings a new value
    // Browser autofill fires a plain Event or an `insertReplacementText` edit, never a typed keystroke.
    const inputType = event instanceof InputEvent ? event.inputType : '';
    this.autofilled = inputType === '' || inputType === 'insertReplacementText';
    const before = this.autofilled ? { value: '', caret: 0 } : this.before;
    this.applyEdit(before, { value: input.value, caret: input.selectionStart ?? input.value.length }, inputType);
  };

  private readonly handleFocus = (): void => {
    this.focused = true;
    this.recheck();
  };

  private readonly handleBlur = (): void => {
    this.focused = false;
    if (!this.check.empty) this.touched = true;
    this.recheck();
  };
}

/** The text and caret a typed character, Backspace or Delete leaves, as the browser would edit; else undefined. */
function keystrokeEdit({ inputType, data }: InputEvent, value: string, start: number, end: number): TextEdit | undefined {
  const replace = (from: number, to: number, text: string): TextEdit => ({ value: value.slice(0, from) + text + value.slice(to), caret: from + text.length });
  if (inputType === 'insertText' && data) return replace(start, end, data);
  if (start !== end && (inputType === 'deleteContentBackward' || inputType === 'deleteContentForward')) return replace(start, end, '');
  if (inputType === 'deleteContentBackward' && start > 0) return replace(start - 1, start, '');
  if (inputType === 'deleteContentForward' && start < value.length) return replace(start, start + 1, '');
  return undefined;
}

const emptyCode: Record<FieldKind, CardValidationCode> = {
  cardnumber: 'incomplete_card_number',
  cardexpiration: 'incomplete_expiration_date',
  cardcvv: 'incomplete_security_code',
};
