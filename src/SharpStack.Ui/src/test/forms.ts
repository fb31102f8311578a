import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { expect } from 'vitest';
import type { Call } from './fakeServer';

/** Opens a select (by its accessible name) inside `container` and clicks the option with that title. */
export async function pickOption(container: HTMLElement, combobox: string, option: string) {
  fireEvent.mouseDown(within(container).getByRole('combobox', { name: combobox }));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options.at(-1)!);
}

/** The parameters of a recorded call, without command, response and sessionkey. */
export function sentParams(form: URLSearchParams): Record<string, string> {
  return Object.fromEntries([...form.entries()].filter(([k]) => !['command', 'response', 'sessionkey'].includes(k)));
}

/** Waits until `command` has been called, then gives the parameters of its first call. */
export async function paramsOf(calls: Call[], command: string): Promise<Record<string, string>> {
  await waitFor(() => expect(calls.some((c) => c.command === command)).toBe(true));
  return sentParams(calls.find((c) => c.command === command)!.form);
}
