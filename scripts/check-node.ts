// Astro 7 needs Node >= 22.12. The project pins Node 24 as a devDependency, and `npm run`
// puts node_modules/.bin first on PATH, so this only fails when a script is run with a bare
// system `node` (often 20) instead of through npm.
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is too old: Prongsai needs Node >= 22.12 (it pins Node 24).\n` +
      'Run the command through npm (npm run build / npm test), which uses the pinned Node from node_modules/.bin.\n' +
      `Node ${process.versions.node} เก่าเกินไป: ต้องใช้ Node 22.12 ขึ้นไป ให้สั่งงานผ่าน npm (npm run build / npm test)`,
  );
  process.exit(1);
}
