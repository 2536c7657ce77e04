// GET /favicon.ico — browsers still ask for it; the icon is the SVG logo (public)
export function GET(request: Request) {
  return Response.redirect(new URL('/logo.svg', request.url), 308);
}
