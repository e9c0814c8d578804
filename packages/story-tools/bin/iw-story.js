#!/usr/bin/env node
// A stub in the source tree, so that installing the workspace can link the command before the
// first build; the command itself is built to dist/.
import '../dist/cli.js';
