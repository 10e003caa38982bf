/**
 * Content script entry. The worker injects this file on every toolbar
 * click (and the browser on sites set to annotate automatically); the
 * first run creates the controller, later runs reuse it.
 */
import { ContentController } from './controller.js';

type ContentGlobal = typeof globalThis & { __sourceContext?: ContentController; __sourceContextForce?: boolean };
const scope = globalThis as ContentGlobal;
const force = scope.__sourceContextForce === true;
scope.__sourceContextForce = false;
scope.__sourceContext ??= new ContentController();
void scope.__sourceContext.run(force);
