import { describe, expect, it } from 'vitest';
import { ruleForConnection } from '../../src/canvas/connect';
import { ANY_HANDLE, ENTRY_ID, JOIN_HANDLE, laneNodeId } from '../../src/canvas/toFlow';

describe('what a connection drawn on the canvas means', () => {
  it('from a lane to another: a rule on the destination pulling people from the source (R47), without a trigger yet', () => {
    expect(ruleForConnection(laneNodeId('S1'), null, laneNodeId('S2'))).toEqual({
      to: 'S2',
      from: 'S1',
      triggers: [],
    });
  });

  it('from the "program entry" handle: people added to the program go to that stream', () => {
    expect(ruleForConnection(ENTRY_ID, JOIN_HANDLE, laneNodeId('S2'))).toEqual({
      to: 'S2',
      from: null,
      triggers: [{ type: 'addedToProgram' }],
    });
  });

  it('from the "any stream" handle: a rule pulling people from any stream, not on joining', () => {
    const rule = ruleForConnection(ENTRY_ID, ANY_HANDLE, laneNodeId('S2'))!;
    expect(rule).toEqual({ to: 'S2', from: null, triggers: [] });
  });

  it('nothing from a lane to itself, or into something that is not a lane', () => {
    expect(ruleForConnection(laneNodeId('S1'), null, laneNodeId('S1'))).toBeNull();
    expect(ruleForConnection(laneNodeId('S1'), null, ENTRY_ID)).toBeNull();
    expect(ruleForConnection('note:n1', null, laneNodeId('S1'))).toBeNull();
  });
});
