import { evaluateCorpus, IN_SAMPLE, report } from './tests/fixtures/citations/evaluate';
const e = evaluateCorpus(IN_SAMPLE);
console.log(report(e).join('\n'));
console.log(e.misses.filter(m => process.argv.includes('all') || !m.includes('extra')).join('\n'));
console.log(e.traps.failures.join('\n'));
