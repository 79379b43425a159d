/**
 * Implementation shared by the teamsdr client modules: <strong>not API</strong>. Its types may change
 * or disappear in any release; the module exports this package only to the client modules.
 */
package io.teamsdr.core.internal;
