/**
 * The web app (Javalin): server-rendered pages in Arabic (right to left) and English, the JSON API under
 * {@code /api/v1} with its OpenAPI document, accounts, sessions, form tokens and roles. Handlers are thin:
 * they read a request, call the store and feature packages, and render a template or JSON. Confidential
 * source fields leave this package only for admins and editors.
 */
package org.marsad.web;
