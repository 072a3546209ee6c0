export { ContentError, formatDiagnostic, type Diagnostic } from './diagnostic';
export { YamlSource } from './yaml-source';
export { contentHash } from './hash';
export { describeType, tooLong, Validator, type Path, type Reporter } from './validate';
