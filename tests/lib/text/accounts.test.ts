import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataActor, DataEvent } from '../../../src/lib/data/types';
import { accountsOf } from '../../../src/lib/text/accounts';

const actors = JSON.parse(readFileSync('src/generated/data/actors.json', 'utf8')) as DataActor[];
const events = JSON.parse(readFileSync('src/generated/data/events.json', 'utf8')) as DataEvent[];

describe('accountsOf(event, events, actors)', () => {
  it("sets Baku's and Washington's accounts of the call side by side, by the state each voice speaks for", () => {
    const accounts = accountsOf('phone-call', events, actors);
    expect(accounts.map((a) => a.side).sort()).toEqual(['azerbaijan', 'usa']);
    expect(accounts.find((a) => a.side === 'usa')?.records.map((r) => r.id)).toEqual(['us-readout']);
    expect(accounts.find((a) => a.side === 'azerbaijan')?.records.map((r) => r.id)).toContain('statement-relations-damaged');
  });

  it('gives nothing to compare where only one side speaks', () => {
    expect(accountsOf('phone-call', events.filter((e) => e.id !== 'us-readout'), actors)).toEqual([]);
    expect(accountsOf('offensive', events, actors)).toEqual([]);
  });
});
