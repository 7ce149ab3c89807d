/**
 * The registered customers and their purchases, month by month. Each customer has a purchase
 * rate, a monthly churn chance, a spend level and a leaning to digital (a Pareto/NBD-like
 * process, so recency, frequency and value vary the way RFM expects). An established base is
 * there from the start; new customers arrive every month, more of them as the business grows.
 */
import { type Holder, registeredBasket } from "./baskets.ts";
import { FIRST_MONTH, LAST_MONTH, progress, season } from "./calendar.ts";
import { type Category, TIERED } from "./catalog.ts";
import { registeredChannel, saleMinute } from "./channels.ts";
import { daysInMonth, monthStart } from "../lib/months.ts";
import type { Random } from "./random.ts";
import type { Sale } from "./sale.ts";

/** One simulated customer. */
interface Customer extends Holder {
  id: string;
  /** Expected sales orders per month while active. */
  rate: number;
  /** Chance per month of leaving for good. */
  churn: number;
  /** Leaning to digital channels, 0–1. */
  affinity: number;
}

/** Customers already there when the sample starts. */
const ESTABLISHED = 7600;
/** New customers per month at the start (before season); grows 30 % over the sample. */
const ARRIVALS = 360;

/** Draws a customer's behaviour: 7 % heavy buyers, 40 % regulars, the rest occasional. */
function draw(rng: Random, id: string): Customer {
  const kind = rng.weighted([0.07, 0.4, 0.53]);
  const rate = kind === 0 ? 0.8 + rng.gamma(2, 0.35) : kind === 1 ? rng.gamma(2, 0.15) : rng.gamma(1.2, 0.08);
  const churn = rng.chance(0.1) ? 0.15 : kind === 2 ? 0.05 : 0.028;
  const spend = Math.exp(0.35 * rng.normal()) * (kind === 0 ? 1.25 : 1);
  return { id, rate, churn, spend, affinity: rng.next(), portfolio: new Map() };
}

/** An established customer already holds one to three categories. */
function establish(rng: Random, customer: Customer): void {
  const count = rng.weighted([0.5, 0.35, 0.15]) + 1;
  for (let i = 0; i < count; i++) {
    const category: Category = rng.pick(["mobiel", "mobiel", "toestel", "internet", "tv", "accessoires"]);
    customer.portfolio.set(category, TIERED.includes(category) ? rng.weighted([0.5, 0.35, 0.15]) + 1 : 0);
  }
}

/** One sale of `customer` on `day` of `month`. */
function sale(rng: Random, customer: Customer, month: number, day: number): Sale {
  const lines = registeredBasket(rng, customer, month);
  const channel = registeredChannel(rng, customer.affinity, month, lines[0]!.product.category);
  return { customer: customer.id, day, minute: saleMinute(rng, channel), channel, lines, isReturn: false };
}

/** Simulates all registered customers over the sample; sales come out in generation order. */
export function simulateCustomers(rng: Random): Sale[] {
  const sales: Sale[] = [];
  let nextId = 100_001;
  const newCustomer = () => draw(rng, `K${nextId++}`);
  let active: Customer[] = [];
  for (let i = 0; i < ESTABLISHED; i++) {
    const customer = newCustomer();
    establish(rng, customer);
    active.push(customer);
  }
  for (let month = FIRST_MONTH; month <= LAST_MONTH; month++) {
    const start = monthStart(month);
    const length = daysInMonth(Math.floor(month / 12), (month % 12) + 1);
    for (const customer of active) {
      const count = rng.poisson(customer.rate * season(month));
      const days: number[] = [];
      for (let k = 0; k < count; k++) days.push(start + rng.int(0, length - 1));
      days.sort((a, b) => a - b);
      for (const day of days) sales.push(sale(rng, customer, month, day));
    }
    const arrivals = rng.poisson(ARRIVALS * (1 + 0.3 * progress(month)) * season(month));
    const joined: Customer[] = [];
    for (let i = 0; i < arrivals; i++) {
      const customer = newCustomer();
      sales.push(sale(rng, customer, month, start + rng.int(0, length - 1)));
      joined.push(customer);
    }
    active = active.filter((c) => !rng.chance(c.churn)).concat(joined);
  }
  return sales;
}
