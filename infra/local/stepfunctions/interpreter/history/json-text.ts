import type { Json } from '../../../assembly/json';

/**
 * The JSON text of state inputs and outputs for history events, and its UTF-8 size for the payload quota. A state's
 * output is the next state's input, and Pass, Choice and Succeed often pass their input on as it is: remembering the
 * last value stringified (values are never mutated, every step builds new ones) makes those one stringification.
 */
export class JsonTextCache {
  private value: Json = null;
  private filled = false;
  private text = '';
  private bytes = -1;

  textOf(value: Json): string {
    if (value !== this.value || !this.filled) {
      this.value = value;
      this.filled = true;
      this.text = JSON.stringify(value);
      this.bytes = -1;
    }
    return this.text;
  }

  /** The UTF-8 size of `textOf(value)`. */
  bytesOf(value: Json): number {
    const text = this.textOf(value);
    if (this.bytes < 0) this.bytes = Buffer.byteLength(text, 'utf8');
    return this.bytes;
  }
}
