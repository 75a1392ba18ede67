/**
 * The web app (Javalin): its assembly, the route table of the JSON API under {@code /api/v1} with its
 * OpenAPI document, sessions, form tokens and roles, the error pages, the messages in Arabic and English
 * and the rendering shared by the feature packages ({@code report}, {@code victim}, {@code source},
 * {@code edit}, {@code tally}, {@code account}). Handlers are thin: they read a request, call the store and
 * feature packages, and render a template or JSON. Confidential source fields leave the web app only for
 * admins and editors.
 */
package org.marsad.web;
