import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The pom that names the Neo4j Community artifacts; its version is the one we run. */
const NEO4J_POM = join(here, 'pom.xml');

/**
 * The Java classpath of Neo4j Community, resolved from Maven Central by the
 * machine's Maven and cached in `cacheDir`. The first call downloads ~200 jars
 * (about a minute) and reports each one through `progress`.
 */
export async function resolveNeo4jClasspath(cacheDir: string, progress: (line: string) => void): Promise<string> {
  const cacheFile = join(cacheDir, `classpath-${neo4jVersion()}.txt`);
  const cached = readCachedClasspath(cacheFile);
  if (cached) return cached;

  mkdirSync(cacheDir, { recursive: true });
  progress(`Resolving Neo4j ${neo4jVersion()} from Maven Central (first run only)…`);
  await runMaven(['-B', '-f', NEO4J_POM, 'dependency:build-classpath', `-Dmdep.outputFile=${cacheFile}`], progress);
  const resolved = readCachedClasspath(cacheFile);
  if (!resolved) throw new Error(`Maven finished but wrote no usable classpath to ${cacheFile}`);
  return resolved;
}

/** The Neo4j version pinned in the pom. */
function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(NEO4J_POM, 'utf8'));
  if (!match?.[1]) throw new Error(`${NEO4J_POM} does not name <neo4j.version>`);
  return match[1];
}

/** A cached classpath is usable only while every jar it names is still in the Maven cache. */
function readCachedClasspath(file: string): string | undefined {
  if (!existsSync(file)) return undefined;
  const classpath = readFileSync(file, 'utf8').trim();
  const jars = classpath.split(':').filter(Boolean);
  return jars.length > 0 && jars.every((jar) => existsSync(jar)) ? classpath : undefined;
}

function runMaven(args: string[], progress: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const maven = spawn('mvn', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let downloaded = 0;
    const tail: string[] = [];
    const onLine = (line: string): void => {
      tail.push(line);
      if (tail.length > 30) tail.shift();
      if (/^\[INFO\] Downloaded from/.test(line) || /^Downloaded from/.test(line)) {
        downloaded += 1;
        if (downloaded % 10 === 0) progress(`  downloaded ${downloaded} artifacts…`);
      }
    };
    forEachLine(maven.stdout, onLine);
    forEachLine(maven.stderr, onLine);
    maven.on('error', (error) =>
      reject(
        new Error(
          `Could not run Maven (${error.message}). The local Neo4j needs Java 17 and Maven ` +
            '(Debian: apt-get install openjdk-17-jdk-headless maven), or set NEO4J_URI to use your own Neo4j.',
        ),
      ),
    );
    maven.on('exit', (code) => {
      if (code === 0) return resolve();
      reject(new Error(`Maven could not resolve Neo4j (exit ${code}):\n${tail.join('\n')}`));
    });
  });
}

/** Calls `onLine` for every complete line a stream emits. */
export function forEachLine(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    lines.forEach((line) => onLine(line.replace(/\r$/, '')));
  });
  stream.on('end', () => {
    if (pending) onLine(pending);
  });
}
