import { BadRequestError } from '../../shared/http/errors';

/** Integer minor units (cents; whole yen for JPY) and an ISO 4217 code — never a float. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** The currencies the shop can take payments in; anything else is refused at the door. */
export const SUPPORTED_CURRENCIES: readonly string[] = ['EUR', 'USD', 'GBP', 'CHF', 'SEK', 'DKK', 'NOK', 'PLN', 'JPY'];

export const assertSupportedCurrency = (price: Money): void => {
  if (!SUPPORTED_CURRENCIES.includes(price.currency)) {
    throw new BadRequestError('UNSUPPORTED_CURRENCY', `Currency ${price.currency} is not supported`, [
      { path: 'price.currency', message: `must be one of ${SUPPORTED_CURRENCIES.join(', ')}` },
    ]);
  }
};

export const sameMoney = (a: Money, b: Money): boolean => a.amount === b.amount && a.currency === b.currency;
