import { mountCalculators } from './calculators.js';
import { mountDosingTable } from './dosing-table.js';
import { mountPathwayMap } from './pathway-map.js';
import { applyTheme, connectHost } from './teams-host.js';

async function main(): Promise<void> {
  const byId = (id: string) => document.getElementById(id)!;
  mountDosingTable(byId('dosing-body'));
  mountCalculators(byId('calc-body'));
  const map = mountPathwayMap(byId('map-body'));
  const host = await connectHost();
  applyTheme(host.theme);
  byId('host-status').textContent = host.inTeams
    ? 'Running inside Microsoft Teams.'
    : 'Running outside Teams (plain browser).';
  await map;
  document.body.dataset.ready = 'true';
}

void main();
