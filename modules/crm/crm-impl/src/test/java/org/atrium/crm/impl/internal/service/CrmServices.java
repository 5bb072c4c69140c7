package org.atrium.crm.impl.internal.service;

import org.atrium.crm.impl.internal.activity.ActivityServiceImpl;
import org.atrium.crm.impl.internal.contact.ContactServiceImpl;
import org.atrium.crm.impl.internal.customer.ClassificationServiceImpl;
import org.atrium.crm.impl.internal.customer.CustomerServiceImpl;
import org.atrium.crm.impl.internal.lead.LeadServiceImpl;
import org.atrium.crm.impl.internal.opportunity.OpportunityServiceImpl;

/** Every CRM service wired as DS would wire them, over one test database and one test world. */
public final class CrmServices {

    public final CustomerServiceImpl customers;
    public final ContactServiceImpl contacts;
    public final OpportunityServiceImpl opportunities;
    public final LeadServiceImpl leads;
    public final ActivityServiceImpl activities;
    public final ClassificationServiceImpl classifications;

    public CrmServices(CrmTestDatabase db, TestWorld world) {
        customers = new CustomerServiceImpl(db.store, world.access, world.audit, world.org, world.users, TestWorld.config());
        contacts = new ContactServiceImpl(db.store, world.access, world.audit, customers);
        opportunities = new OpportunityServiceImpl(db.store, world.access, world.audit, world.org, world.users, customers);
        leads = new LeadServiceImpl(db.store, world.access, world.audit, world.users, customers, contacts, opportunities);
        activities = new ActivityServiceImpl(db.store, world.access, world.audit, customers);
        classifications = new ClassificationServiceImpl(db.store, world.access, world.audit);
    }
}
