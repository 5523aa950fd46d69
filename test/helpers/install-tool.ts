/** Installs one pinned tool (argv[2]) as `setup` would: run as a child process by the concurrent-setup test. */
import { install } from '../../scripts/setup/install.ts';
import { TOOLS } from '../../scripts/setup/tools.ts';

const tool = TOOLS.find((t) => t.name === process.argv[2]);
if (!tool) throw new Error(`no tool ${process.argv[2]}`);
await install(tool, () => undefined);
