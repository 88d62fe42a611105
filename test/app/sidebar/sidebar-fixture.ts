/** Helpers for the sidebar's bundle tests: the boot state inside the served HTML, saves based on a state. */
import type { Environment } from '../../../dev/emulator';
import type { CaseStateDto } from '../../../src/dto/case-state';
import type { SidebarBootDto } from '../../../src/dto/sidebar-boot';

/** The SidebarBootDto inside the last sidebar shown. */
export function bootOf(env: Environment): SidebarBootDto {
  const html = env.ui.sidebar?.html ?? '';
  const match = /<script type="application\/json" id="initial-state">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('The sidebar has no initial state');
  return JSON.parse(match[1]) as SidebarBootDto;
}

/** The case state of a boot that opened on a case. */
export function caseOf(boot: SidebarBootDto): CaseStateDto {
  if (boot.view.kind !== 'case') throw new Error(`The sidebar opened on ${boot.view.kind}: ${JSON.stringify(boot.view)}`);
  return boot.view.state;
}
