import type { Clock } from '../clock';
import type { IdGenerator } from '../ids';

/** A clock that stays where it is put. */
export class FakeClock implements Clock {
  private current: Date;

  constructor(iso = '2025-01-01T10:00:00.000Z') {
    this.current = new Date(iso);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(iso: string): void {
    this.current = new Date(iso);
  }
}

/** Valid, predictable ULIDs: `01JH0000000000000000000001`, `…002`, … in ascending order. */
export class SequenceIds implements IdGenerator {
  private counter = 0;

  constructor(private readonly prefix = '01JH00000000000000000') {}

  next(): string {
    this.counter += 1;
    return `${this.prefix}${String(this.counter).padStart(26 - this.prefix.length, '0')}`;
  }
}
