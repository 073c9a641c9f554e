/**
 * CPU of the placement's order check, in this process: the purchase machine's
 * replay (`replayOrder`, xstate) and the pure `checkOrder` the API runs, on
 * the benchmark's body. Printed by bench:orders; figures only, never asserted.
 */
import * as v from 'valibot';
import { checkOrder } from '../../machines/purchase/check-order.ts';
import { replayOrder } from '../../machines/purchase.machine.ts';
import { type OrderRequest, orderRequestSchema } from '../../machines/schemas/purchase.ts';

export function orderCheckCost(body: unknown, productCodes: readonly string[], runs = 2000) {
  const request: OrderRequest = v.parse(orderRequestSchema, body);
  const facts = {
    siret: request.customer.siret,
    name: request.customer.companyName,
    active: true,
    publicAdministration: false,
    firstCertificate: true,
    legalCategory: '5710',
  };
  const time = (check: typeof checkOrder) => {
    for (let i = 0; i < runs / 4; i++) check(request, facts, 'found', { productCodes });
    const start = process.cpuUsage();
    for (let i = 0; i < runs; i++) check(request, facts, 'found', { productCodes });
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / runs;
  };
  return { replayOrder: time(replayOrder), checkOrder: time(checkOrder) };
}
