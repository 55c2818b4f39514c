import type { AnyStateNode } from 'xstate';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { CaseFacts } from '../../src/clinical/case/case-facts.js';
import { applyFacts, evaluatePathway, startCase, type CaseEnvelope } from '../../machines/pathway.js';
import { pathwayMachine, type PathwayEvent } from '../../machines/pathway-machine.js';
import { viewOf } from '../../machines/pathway-view-of.js';
import { SAMPLES } from './case-samples.js';
import { safetyViolations } from './safety-properties.js';

/**
 * Model-based tests: the machine is driven by FACTS_UPDATED events carrying the named sample cases. The state
 * serializer keeps the vertex count finite: the machine's state value plus which sample the facts are.
 * On every step of every path: the safety properties hold, and the view equals a fresh evaluatePathway of the same
 * facts (the position depends on the facts, not on the route taken to them).
 */
const sampleName = new Map(Object.entries(SAMPLES).map(([name, f]) => [JSON.stringify(f), name]));
const nameOf = (f: CaseFacts) => sampleName.get(JSON.stringify(f)) ?? 'unnamed';
const eventsFor = (names: string[]): PathwayEvent[] =>
  names.map((n) => ({ type: 'FACTS_UPDATED', facts: SAMPLES[n]! }));
const serializeState = (s: { value: unknown; context: { facts: CaseFacts } }) =>
  `${JSON.stringify(s.value)}#${nameOf(s.context.facts)}`;
const serializeEvent = (e: PathwayEvent) => nameOf(e.facts);

type Path = ReturnType<typeof getShortestPaths<typeof pathwayMachine>>[number];

function checkPaths(paths: Path[]): { steps: number; problems: string[] } {
  const problems: string[] = [];
  let steps = 0;
  for (const path of paths) {
    for (const step of [...path.steps, { state: path.state }]) {
      steps++;
      const facts = step.state.context.facts;
      const view = viewOf(step.state);
      const route = path.steps.map((s) => nameOf(s.state.context.facts)).join(' > ');
      for (const v of safetyViolations(facts, view)) problems.push(`${v} at ${nameOf(facts)} via ${route}`);
      if (JSON.stringify(view) !== JSON.stringify(evaluatePathway(facts)))
        problems.push(`route-dependent view at ${nameOf(facts)} via ${route}`);
    }
  }
  return { steps, problems };
}

function leafIds(node: AnyStateNode): string[] {
  const children = Object.values(node.states) as AnyStateNode[];
  return children.length === 0 ? [node.id] : children.flatMap(leafIds);
}

const SIMPLE_PATH_SAMPLES = [
  'redFlagCauda',
  'naproxenLowDose',
  'gateNear',
  'gateOpen',
  'radicularNoMri',
  'followUpNoImprovement3Months',
];

describe('pathway machine paths (xstate/graph)', () => {
  it('shortest paths over every sample reach every leaf state, safely', () => {
    const paths = getShortestPaths(pathwayMachine, {
      input: SAMPLES.empty!,
      events: eventsFor(Object.keys(SAMPLES)),
      serializeState,
      serializeEvent,
    });
    const reached = new Set(paths.flatMap((p) => Object.keys(p.state.getMeta())));
    expect(leafIds(pathwayMachine.root).filter((id) => !reached.has(id))).toEqual([]);
    const { steps, problems } = checkPaths(paths);
    expect(problems).toEqual([]);
    expect(paths.length).toBe(Object.keys(SAMPLES).length);
    expect(steps).toBeGreaterThan(paths.length);
  });

  it('replaying every shortest path through stored envelopes (JSON round trip each turn) gives the same views', () => {
    const paths = getShortestPaths(pathwayMachine, {
      input: SAMPLES.empty!,
      events: eventsFor(Object.keys(SAMPLES)),
      serializeState,
      serializeEvent,
    });
    for (const path of paths) {
      let envelope: CaseEnvelope = JSON.parse(JSON.stringify(startCase(SAMPLES.empty!)));
      for (const step of path.steps.filter((s) => s.event.type === 'FACTS_UPDATED')) {
        const r = applyFacts(envelope, step.event.facts, '2026-01-01T00:00:00.000Z');
        if (r.kind !== 'ok') throw new Error(r.reason);
        expect(r.view).toEqual(evaluatePathway(step.event.facts));
        expect(r.view).toEqual(viewOf(step.state));
        envelope = JSON.parse(JSON.stringify(r.envelope));
      }
    }
  });

  it('every simple path through a handful of samples stays safe and route-independent', () => {
    const paths = getSimplePaths(pathwayMachine, {
      input: SAMPLES.empty!,
      events: eventsFor(SIMPLE_PATH_SAMPLES),
      serializeState,
      serializeEvent,
    });
    // vertices: the empty start plus 6 samples, all mutually reachable: sum over k of 6!/(6-k)! simple paths
    expect(paths.length).toBe(1 + 6 + 30 + 120 + 360 + 720 + 720);
    const { steps, problems } = checkPaths(paths);
    expect(problems).toEqual([]);
    expect(steps).toBeGreaterThan(10_000);
  });
});
