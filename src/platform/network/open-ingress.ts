import { listAt, RenderedObject } from '../rendered-object';

/**
 * NetworkPolicy ingress rules that name no port: they open every port of the selected pods (to every source, when
 * they name none either), which no path the platform needs requires. Charts render such rules by default (the
 * argo-cd chart opens its server to everything); the module turns them off and declares its allowances instead.
 */
export function findOpenIngress(rendered: readonly RenderedObject[]): string[] {
  return rendered.flatMap(({ file, object }) => {
    if (object.kind !== 'NetworkPolicy') return [];
    return listAt(object.spec?.ingress).flatMap((rule: any, index: number) =>
      rule.ports?.length
        ? []
        : [`${file}: NetworkPolicy ${object.metadata?.name}: spec.ingress[${index}] opens every port of the pods it selects${rule.from?.length ? '' : ' to every source'}; name the ports`],
    );
  });
}
