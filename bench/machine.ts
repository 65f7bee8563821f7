import { availableParallelism, cpus, loadavg, release, totalmem } from 'node:os';
import type { Driver } from 'neo4j-driver';

/** The machine a result comes from: figures mean little without it. */
export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  neo4j: string;
  /** 1-minute load average when the run started and ended: other work on the machine shows here. */
  loadAverage: { start: number; end?: number };
}

export async function machineInfo(driver: Driver): Promise<MachineInfo> {
  const { records } = await driver.executeQuery(
    'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition',
  );
  const neo4j = records
    .map((record) => `${record.get('name')} ${record.get('version')} ${record.get('edition')}`)
    .join(', ');
  return {
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    neo4j,
    loadAverage: { start: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

export function loadAverageNow(): number {
  return Math.round(loadavg()[0]! * 100) / 100;
}
