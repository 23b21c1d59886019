// A template or its values could not be rendered. Its own module: throwing it must not load the
// template engine (modules that only build script inputs stay light).
export class TemplateError extends Error {
  override name = 'TemplateError';
}
