/** Where Fluent Bit sends: the Graylog Service and its syslog UDP ports. */
export interface FluentBitTargets {
  readonly host: string;
  /** Port of the node logs input (the journal of each node). */
  readonly nodeLogsPort: number;
  /** Port of the pod logs input (container logs). */
  readonly podLogsPort: number;
}

/** A classic-mode section: its name and its keys, aligned as Fluent Bit's own examples are. */
function section(name: string, entries: ReadonlyArray<readonly [string, string | number]>): string {
  return [`[${name}]`, ...entries.map(([key, value]) => `    ${key} ${value}`)].join('\n');
}

/**
 * The chart's `config` blocks: container logs (docker and CRI formats, 64 MB memory buffer) enriched by the
 * kubernetes filter (the log line's JSON merged, the raw line dropped) and sent as syslog over UDP to the pod
 * logs input; each node's journal to the node logs input. Processing pods send to their own input directly.
 */
export function fluentBitConfig(targets: FluentBitTargets) {
  // The message is where each input puts it: `log` of a container line, the journal's own field names (upper case)
  // for a node's. Sent with the wrong key, a message arrives empty, as node logs did in the original deployment.
  const syslog = (match: string, port: number, keys: ReadonlyArray<readonly [string, string]>) =>
    section('OUTPUT', [
      ['Name', 'syslog'],
      ['Match', match],
      ['Host', targets.host],
      ['Port', port],
      ['Mode', 'udp'],
      ['Syslog_Format', 'rfc5424'],
      ['Syslog_Maxsize', 65000],
      ['Syslog_Hostname_Key', 'hostname'],
      ...keys,
    ]);
  return {
    inputs: [
      section('INPUT', [
        ['Name', 'tail'],
        ['Tag', 'kube.*'],
        ['Path', '/var/log/containers/*.log'],
        ['multiline.parser', 'docker, cri'],
        ['Mem_Buf_Limit', '64MB'],
        ['Skip_Long_Lines', 'On'],
      ]),
      section('INPUT', [
        ['Name', 'systemd'],
        ['Tag', 'host.*'],
        ['Read_From_Tail', 'On'],
      ]),
    ].join('\n'),
    filters: [
      section('FILTER', [
        ['Name', 'kubernetes'],
        ['Match', 'kube.*'],
        ['Merge_Log', 'On'],
        ['Keep_Log', 'Off'],
        ['Buffer_Size', '1MB'],
        ['K8S-Logging.Parser', 'On'],
        ['K8S-Logging.Exclude', 'On'],
      ]),
      // The syslog output names the host from a record key: the node's name (NODE_NAME, set on the pod) for both.
      section('FILTER', [
        ['Name', 'record_modifier'],
        ['Match', '*'],
        ['Record', 'hostname ${NODE_NAME}'],
      ]),
    ].join('\n'),
    outputs: [
      syslog('kube.*', targets.podLogsPort, [['Syslog_Message_Key', 'log']]),
      syslog('host.*', targets.nodeLogsPort, [
        ['Syslog_Message_Key', 'MESSAGE'],
        ['Syslog_Appname_Key', 'SYSLOG_IDENTIFIER'],
      ]),
    ].join('\n'),
  };
}
