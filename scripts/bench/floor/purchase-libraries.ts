/**
 * The floor of the purchase walk (`npm run bench:size`): what a purchase must download whatever
 * its screens are, with the stack issue 16 keeps: lit, xstate running the purchase machine, and
 * valibot checking its steps, with the machine's schemas and its French messages. No screen.
 */
import { css, html, LitElement, nothing, render } from 'lit';
import * as v from 'valibot';
import { createActor } from 'xstate';
import '../../../machines/messages/purchase-fr.ts';
import { purchaseMachine } from '../../../machines/purchase.machine.ts';
import { orderRequestSchema } from '../../../machines/schemas/purchase.ts';

export const kept = [css, html, LitElement, nothing, render, createActor, purchaseMachine];
export const check = (input: unknown) => v.safeParse(orderRequestSchema, input);
