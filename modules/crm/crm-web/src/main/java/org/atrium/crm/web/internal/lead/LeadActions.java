package org.atrium.crm.web.internal.lead;

import org.atrium.shell.api.ui.FormDialog;

import org.atrium.shell.api.ui.ServiceCall;

import java.util.Map;
import java.util.function.Consumer;

import org.atrium.crm.api.Owner;
import org.atrium.crm.api.customer.CustomerService;
import org.atrium.crm.api.customer.SharingService;
import org.atrium.crm.api.lead.Lead;
import org.atrium.crm.api.lead.LeadService;
import org.atrium.crm.web.internal.Texts;
import org.atrium.crm.web.internal.UserPicker;
import org.atrium.platform.api.identity.UserService;
import org.atrium.platform.api.identity.UserSummary;
import org.atrium.shell.api.ShellContext;

import com.vaadin.ui.ComboBox;
import com.vaadin.ui.FormLayout;
import com.vaadin.ui.TextArea;

/** The actions on one lead shared by the list and the detail page: assign, disqualify, follow, convert. */
final class LeadActions {

    private final ShellContext context;
    private final Texts texts;
    private final LeadService leads;
    private final CustomerService customers;
    private final UserService users;
    private final SharingService sharing;

    /** @param sharing {@code null} when the sharing service is absent: conversion then offers no 申请共享 */
    LeadActions(ShellContext context, Texts texts, LeadService leads, CustomerService customers, UserService users,
            SharingService sharing) {
        this.sharing = sharing;
        this.context = context;
        this.texts = texts;
        this.leads = leads;
        this.customers = customers;
        this.users = users;
    }

    /** 分配: picks the new owner; the service restarts the follow-up deadline. */
    void assign(Lead lead, Consumer<Lead> done) {
        ComboBox<UserSummary> user = UserPicker.create(texts.get("lead.assign.to"), users, context.user());
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("lead.assign"), "460px");
        dialog.errors().bind(user, "owner", "newOwner");
        dialog.body(new FormLayout(user)).onSave(texts.get("lead.assign"), () -> {
            UserSummary target = user.getValue();
            if (target == null) {
                dialog.errors().show(Map.of("owner", texts.get("common.required")));
                return false;
            }
            Lead assigned = new ServiceCall(context).get(() -> leads.assign(context.user(), lead.id(),
                    new Owner(target.id(), target.primaryUnitId())), dialog.errors()::show);
            if (assigned != null) {
                context.notify(texts.get("lead.assigned", target.displayName()));
                done.accept(assigned);
            }
            return assigned != null;
        }).open(context.ui());
    }

    /** 标记为无效: asks the reason. */
    void disqualify(Lead lead, Consumer<Lead> done) {
        TextArea reason = new TextArea(texts.get("lead.disqualify.reason"));
        reason.setWidth("100%");
        reason.setRows(3);
        FormDialog dialog = new FormDialog(texts.locale(), texts.get("lead.disqualify"), "460px");
        dialog.errors().bind(reason, "reason");
        dialog.body(reason).onSave(texts.get("lead.disqualify"), () -> {
            if (reason.getValue().isBlank()) {
                dialog.errors().show(Map.of("reason", texts.get("common.required")));
                return false;
            }
            Lead changed = new ServiceCall(context).get(
                    () -> leads.disqualify(context.user(), lead.id(), reason.getValue().strip()), dialog.errors()::show);
            if (changed != null) {
                done.accept(changed);
            }
            return changed != null;
        }).open(context.ui());
    }

    /** 开始跟进: clears the overdue state. */
    void follow(Lead lead, Consumer<Lead> done) {
        Lead changed = new ServiceCall(context).get(() -> leads.markFollowing(context.user(), lead.id()), null);
        if (changed != null) {
            done.accept(changed);
        }
    }

    /** 转化: opens the conversion dialog. */
    void convert(Lead lead, Runnable done) {
        new LeadConvertDialog(context, texts, leads, customers, sharing, lead, done).open();
    }
}
