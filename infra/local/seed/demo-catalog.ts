/** Demo products for `npm start`: enough categories and prices to try listing, paging and filtering by category. */
export interface DemoProduct {
  readonly name: string;
  readonly description: string;
  readonly category: string;
  readonly price: { readonly amount: number; readonly currency: 'EUR' };
}

const product = (category: string, name: string, amount: number, description: string): DemoProduct => ({
  name,
  description,
  category,
  price: { amount, currency: 'EUR' },
});

export const DEMO_PRODUCTS: readonly DemoProduct[] = [
  product('kitchen', 'Espresso cup', 1299, 'Double-walled glass, 80 ml.'),
  product('kitchen', 'Pour-over kettle', 4900, 'Gooseneck spout, 1 l, stovetop.'),
  product('kitchen', 'Chef knife', 8900, '20 cm, stainless steel.'),
  product('kitchen', 'Cast-iron pan', 5400, '28 cm, pre-seasoned.'),
  product('kitchen', 'Linen tea towel', 1500, 'Stonewashed, set of two.'),
  product('books', 'Designing Data-Intensive Applications', 4200, 'Paperback.'),
  product('books', 'The Pragmatic Programmer', 3900, '20th anniversary edition.'),
  product('books', 'Release It!', 3600, 'Second edition.'),
  product('books', 'Domain-Driven Design Distilled', 2900, 'Paperback.'),
  product('garden', 'Watering can', 2400, 'Galvanised steel, 5 l.'),
  product('garden', 'Pruning shears', 3200, 'Bypass blades, ash handles.'),
  product('garden', 'Seed starter kit', 1900, '24 cells with a lid.'),
  product('garden', 'Garden kneeler', 2700, 'Foldable, with a tool pouch.'),
  product('toys', 'Wooden train set', 5900, '42 pieces, beech wood.'),
  product('toys', 'Puzzle, 1000 pieces', 2200, 'Night sky over a lake.'),
  product('toys', 'Kite', 3400, 'Delta kite, 1.4 m span.'),
  product('outdoor', 'Trail backpack', 8900, '28 l, rain cover included.'),
  product('outdoor', 'Camping mug', 1400, 'Enamel, 350 ml.'),
  product('outdoor', 'Head torch', 3900, '400 lumen, rechargeable.'),
  product('outdoor', 'Merino socks', 1900, 'Two pairs, size 42-45.'),
  product('office', 'Notebook', 1600, 'A5, dotted, 192 pages.'),
  product('office', 'Desk lamp', 6900, 'Dimmable, warm white.'),
];

export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly groups: readonly string[];
}

/** Demo users: two customers and an admin. Passwords meet the template's password policy (12+, all four kinds). */
export const DEMO_ADMIN: DemoUser = { email: 'admin@example.com', password: 'Admin-demo-2026!', groups: ['admin'] };
export const DEMO_USERS: readonly DemoUser[] = [
  { email: 'alice@example.com', password: 'Alice-demo-2026!', groups: [] },
  { email: 'bob@example.com', password: 'Bob-demo-2026!x', groups: [] },
  DEMO_ADMIN,
];
