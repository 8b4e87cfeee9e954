// Runs ONNX models in onnxruntime-node, an independent runtime, for the
// export tests (tests/core/tst_export.cpp).
//   node run_onnx.mjs RUNTIME_DIR JOBS.json
// RUNTIME_DIR holds node_modules/onnxruntime-node (scripts/install-onnxruntime.sh).
// JOBS.json: [{"model": "a.onnx", "dims": [N, F], "dtype": "float32"|"float64",
//              "input": [flat, row-major]}, ...]
// Prints one JSON array to stdout, per job {"dims": [...], "output": [...]}
// or {"error": "..."}; a job's failure does not stop the others.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const [runtimeDir, jobsPath] = process.argv.slice(2);
if (!runtimeDir || !jobsPath) {
  console.error('usage: node run_onnx.mjs RUNTIME_DIR JOBS.json');
  process.exit(2);
}
let ort;
try {
  ort = createRequire(path.resolve(runtimeDir, 'package.json'))('onnxruntime-node');
} catch (e) {
  console.error(`cannot load onnxruntime-node from ${runtimeDir}: ${e.message}`);
  process.exit(3);
}

const jobs = JSON.parse(readFileSync(jobsPath, 'utf8'));
const results = [];
for (const job of jobs) {
  try {
    const session = await ort.InferenceSession.create(job.model);
    const Data = job.dtype === 'float64' ? Float64Array : Float32Array;
    const feeds = { [session.inputNames[0]]: new ort.Tensor(job.dtype, Data.from(job.input), job.dims) };
    const out = (await session.run(feeds))[session.outputNames[0]];
    results.push({ dims: out.dims, output: Array.from(out.data, Number), type: out.type });
  } catch (e) {
    results.push({ error: String(e.message || e) });
  }
}
process.stdout.write(JSON.stringify(results));
