/**
 * Text helpers shared by the deployment and orchestration quiz banks. Every figure is computed
 * by a domain module (src/domain/serverless for prices and bills) and written out by the egress
 * module's formatters, which are exact and do not depend on the browser's ICU data.
 */
import { formatMoney, formatNumber } from '../../domain/egress';

/** US dollars to the cent: 1234.5 -> "$1,234.50". */
export const usd = (value: number): string => formatMoney(value, 'USD');

/** A count with thousands separators: 3000000 -> "3,000,000"; at most `maxDp` decimals. */
export const count = (value: number, maxDp = 0): string => formatNumber(value, { maxDecimals: maxDp });
