import { describe, expect, it } from 'vitest';
import { groupOf, groupTriggers } from '../../../src/document/triggerGroups';
import type { TransitionRule } from '../../../src/model';
import { found, lint, nurture } from './helpers';

/** Nurture-A with t-demo (into Late) replaced by `rule`. */
const withRule = (rule: Partial<TransitionRule>) =>
  nurture((_doc, s) => {
    s.S2!.transitions = [{ id: 't-demo', triggers: [], ...rule }];
  });

const codes = (rule: Partial<TransitionRule>) =>
  lint(withRule(rule))
    .filter((p) => p.target.kind === 'rule')
    .map((p) => p.code);

describe('rules that can never fire', () => {
  it('R47: a rule without a trigger (drawn, not yet chosen) is named', () => {
    expect(
      found(withRule({ filters: [{ type: 'inStream', stream: 'S1' }] }), 'ruleNoTrigger'),
    ).toEqual(['ruleNoTrigger@rule:S2:t-demo']);
    expect(lint(withRule({})).find((p) => p.code === 'ruleNoTrigger')?.params).toEqual({
      rule: 't-demo',
      stream: 'Late',
    });
  });

  it('clicks on an email not in the program, or on a program item, never fire', () => {
    expect(codes({ triggers: [{ type: 'clicksEmail', content: 'E9' }] })).toEqual([
      'missingItem',
      'ruleNeverFires',
    ]);
    const program = nurture((_doc, s) => {
      s.S1!.content!.push({ id: 'P1', type: 'program' });
      s.S2!.transitions = [{ id: 't-demo', triggers: [{ type: 'opensEmail', content: 'P1' }] }];
    });
    expect(found(program, 'ruleNeverFires')).toEqual(['ruleNeverFires@rule:S2:t-demo']);
    // One trigger that can happen is enough (any trigger fires the rule).
    expect(
      codes({ triggers: [{ type: 'clicksEmail', content: 'E9' }, { type: 'clicksEmail' }] }),
    ).toEqual(['missingItem']);
  });

  it("a move into a stream that does not exist, or into the rule's own stream, never fires", () => {
    expect(codes({ triggers: [{ type: 'streamChanged', to: 'S9' }] })).toEqual([
      'missingStream',
      'ruleNeverFires',
    ]);
    expect(codes({ triggers: [{ type: 'streamChanged', to: 'S2' }] })).toEqual([
      'triggerIntoOwnStream',
      'ruleNeverFires',
    ]);
  });

  it('a move into S1 never fires a rule that pulls only from another stream', () => {
    const doc = nurture((d, s) => {
      d.program.streams.push({ id: 'S3', name: 'Won' });
      s.S2!.transitions = [
        {
          id: 't-demo',
          triggers: [{ type: 'streamChanged', to: 'S1' }],
          filters: [{ type: 'inStream', stream: 'S3' }],
        },
      ];
    });
    const clash = lint(doc).find((p) => p.code === 'triggerStreamClash');
    expect(clash?.params).toEqual({ rule: 't-demo', stream: 'Late', to: 'Early', from: 'Won' });
    expect(found(doc, 'ruleNeverFires')).toEqual(['ruleNeverFires@rule:S2:t-demo']);
    // Pulling from the stream the move goes to is fine.
    expect(
      codes({
        triggers: [{ type: 'streamChanged', to: 'S1' }],
        filters: [{ type: 'inStream', stream: 'S1' }],
      }),
    ).toEqual([]);
  });

  it('"any email of Early" no longer matching Early\'s emails is named, once per group', () => {
    const doc = nurture((d, s) => {
      s.S2!.transitions = [
        { id: 't-demo', triggers: groupTriggers(groupOf(d, 'clicksEmail', 'S1')) },
      ];
    });
    expect(found(doc, 'triggerGroupOutdated')).toEqual([]);
    doc.program.streams[0]!.content!.push({ id: 'E6', type: 'email' });
    expect(lint(doc).filter((p) => p.code === 'triggerGroupOutdated')).toEqual([
      {
        code: 'triggerGroupOutdated',
        severity: 'warning',
        target: { kind: 'rule', stream: 'S2', id: 't-demo' },
        params: { rule: 't-demo', group: 'Early' },
      },
    ]);
  });
});
