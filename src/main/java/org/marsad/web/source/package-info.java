/**
 * Sources in the web app: the list of sources and the form and API to register one. A source's sealed
 * confidential identity is opened only for the roles that may read it; to everyone else it is left out.
 */
package org.marsad.web.source;
