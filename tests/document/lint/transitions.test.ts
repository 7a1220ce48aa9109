import { describe, expect, it } from 'vitest';
import type { Scenario, TransitionRule } from '../../../src/model';
import { emails, weekly } from '../../fixtures/builders';
import { found, lint, nurture } from './helpers';

/** Nurture-A plus S3 "Won" (weekly Fri) with `rules`. */
const withS3 = (rules: TransitionRule[], change: (doc: Scenario) => void = () => {}) =>
  nurture((doc) => {
    doc.program.streams.push({
      id: 'S3',
      name: 'Won',
      cadence: weekly('2025-03-07', ['fri']),
      content: emails('E6'),
      transitions: rules,
    });
    change(doc);
  });

const form = (id: string, form?: string, filters?: TransitionRule['filters']): TransitionRule => ({
  id,
  triggers: [{ type: 'fillsOutForm', ...(form ? { form } : {}) }],
  ...(filters ? { filters } : {}),
});

const overlaps = (doc: Scenario) => found(doc, 'overlappingRules');

describe('transitions', () => {
  it('semantics 15, R44: a stream no rule or batch move leads to is reported (not the first)', () => {
    expect(found(withS3([]), 'unreachableStream')).toEqual(['unreachableStream@stream:S3']);
    const batch = withS3([], (doc) => {
      doc.program.batchMoves = [{ id: 'b1', from: 'S1', to: 'S3' }];
    });
    expect(found(batch, 'unreachableStream')).toEqual([]);
    expect(found(withS3([form('t-won', 'F-buy')]), 'unreachableStream')).toEqual([]);
    // S1 has no rule either, but `add` puts people there by default (semantics 15).
    expect(
      found(
        nurture(() => {}),
        'unreachableStream',
      ),
    ).toEqual([]);
  });

  it('R49: rules of two streams firing on the same form overlap; the stream shown first wins', () => {
    const anyForm = withS3([form('t-any')]);
    expect(overlaps(anyForm)).toEqual([
      'overlappingRules@rule:S2:t-demo',
      'overlappingRules@rule:S3:t-any',
    ]);
    expect(
      lint(anyForm).find((p) => p.target.kind === 'rule' && p.target.id === 't-any'),
    ).toMatchObject({ params: { rule: 't-demo', stream: 'Late', winner: 'Late' } });
    expect(overlaps(withS3([form('t-buy', 'F-buy')]))).toEqual([]);
  });

  it('R49, R47: rules pulling from streams a person cannot be in at once do not overlap', () => {
    // t-demo (S2) pulls from S1 or S3; t-won pulls from S2 only: never the same person.
    expect(
      overlaps(withS3([form('t-won', 'F-demo', [{ type: 'inStream', stream: 'S2' }])])),
    ).toEqual([]);
    // Both from S1: the same person, the same happening.
    const fromS1 = withS3([form('t-won', 'F-demo', [{ type: 'inStream', stream: 'S1' }])]);
    expect(overlaps(fromS1)).toHaveLength(2);
  });

  it('R49: contradicting filters or conditions keep rules apart', () => {
    const exhausted = (value: boolean) => [{ type: 'exhausted' as const, value }];
    const split = withS3([form('t-won', 'F-demo', exhausted(false))], (doc) => {
      doc.program.streams[1]!.transitions![0]!.filters = exhausted(true);
    });
    expect(overlaps(split)).toEqual([]);
    const score = (id: string, op: 'gte' | 'lt', value: number): TransitionRule => ({
      id,
      triggers: [{ type: 'attributeChanged', attribute: 'score', to: { op, value } }],
    });
    const apart = withS3([score('t-hot', 'gte', 50)], (doc) => {
      doc.program.streams[1]!.transitions = [score('t-cold', 'lt', 50)];
    });
    expect(overlaps(apart)).toEqual([]);
    const together = withS3([score('t-hot', 'gte', 50)], (doc) => {
      doc.program.streams[1]!.transitions = [score('t-warm', 'gte', 30)];
    });
    expect(overlaps(together)).toHaveLength(2);
  });

  it('R47: a rule pulling from its own stream can never fire', () => {
    const self = nurture((_, s) => {
      s.S2!.transitions![0]!.filters = [{ type: 'inStream', stream: 'S2' }];
    });
    expect(found(self, 'ruleFromOwnStream')).toEqual(['ruleFromOwnStream@rule:S2:t-demo']);
    const fromS1 = nurture((_, s) => {
      s.S2!.transitions![0]!.filters = [{ type: 'inStream', stream: 'S1' }];
    });
    expect(found(fromS1, 'ruleFromOwnStream')).toEqual([]);
  });

  it('semantics 22: a batch move into the stream it moves from moves nobody', () => {
    const batch = (from: string) =>
      nurture((doc) => {
        doc.program.batchMoves = [{ id: 'b1', from, to: 'S2' }];
      });
    expect(found(batch('S2'), 'batchToSameStream')).toEqual(['batchToSameStream@batch:b1']);
    expect(found(batch('S1'), 'batchToSameStream')).toEqual([]);
  });
});
