// Where things live. Content routes carry the organization and the space:
// `#/{org}/{space}/{section}/…` (sections below); the API of a space is under
// `/api/v1/orgs/{org}/spaces/{space}`. Pages build every link and API path from the route's
// `ctx` ({ org, space }) with these, never from a fixed space.
import { enc } from './api.js';

/// The sections of a space, as the second part of a content route.
export const SECTIONS = ['standards', 'commands', 'skills', 'subagents', 'policies', 'packages', 'proposals', 'findings', 'trash'];

/// The plural of an artifact kind, as routes and API paths carry it (`policy` → `policies`).
export const plural = (kind) => (kind === 'policy' ? 'policies' : `${kind}s`);

/// `/api/v1/orgs/{org}/spaces/{space}` of the context.
export const spaceApi = (ctx) => `/api/v1/orgs/${enc(ctx.org)}/spaces/${enc(ctx.space)}`;

/// `#/{org}/{space}/…parts` of the context (each part encoded).
export const at = (ctx, ...parts) => `#/${[ctx.org, ctx.space, ...parts].map((p) => enc(String(p))).join('/')}`;

/// The route of an artifact of a kind (`standard`, `command`, `skill`, `subagent`, `policy`) in a space.
export const artifactAt = (org, space, kind, slug) => at({ org, space }, plural(kind), slug);

/// A space's visibility in words (the default space is open to the whole organization).
export const visibilityLabel = (v) => (v === 'default' ? 'open, default space' : v);
